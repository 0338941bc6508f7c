package org.ponte.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.ponte.core.PonteException;

/**
 * The Fuseki assembler file ({@code fuseki-config/config.ttl}): the one description of the
 * served dataset. It names one {@code tdb2:DatasetTDB2} (with {@code tdb2:location}) and one
 * {@code text:TextIndexLucene} (with {@code text:directory}, analyzers and the entity map).
 *
 * <p>The file's locations suit a stock Fuseki started from the repository root; Ponte rebinds
 * them to one {@link Generation} with {@link #boundTo(Generation)}, so the loader builds the
 * index with exactly the analyzers and fields the server queries with. Instances are immutable
 * and thread-safe: every method works on a copy of the model.
 */
public final class FusekiConfigFile {
    static { JenaSystem.init(); }

    private final Path file;
    private final Model model;

    private FusekiConfigFile(Path file, Model model) {
        this.file = file;
        this.model = model;
        // Check the shape once, so that errors name the file at start rather than at serve time.
        findOne(model, VocabTDB2.tDatasetTDB2, "tdb2:DatasetTDB2");
        findOne(model, TextVocab.textIndexLucene, "text:TextIndexLucene");
    }

    /**
     * Reads an assembler file.
     *
     * @throws PonteException when the file is missing, is not Turtle, or does not describe
     *         exactly one TDB2 dataset and one Lucene index
     */
    public static FusekiConfigFile read(Path file) {
        if (!Files.isRegularFile(file)) throw new PonteException("Fuseki configuration not found: " + file);
        try {
            Model m = AssemblerUtils.readAssemblerFile(file.toString());
            return new FusekiConfigFile(file.toAbsolutePath().normalize(), m);
        } catch (RiotException e) {
            throw new PonteException(file + ": " + e.getMessage(), e);
        }
    }

    /** The file this was read from. */
    public Path file() { return file; }

    /** A copy of the model as written in the file. */
    public Model model() {
        return ModelFactory.createDefaultModel().add(model);
    }

    /**
     * A copy of the model whose TDB2 location and Lucene directory are the given generation's
     * {@code tdb2/} and {@code text/} directories, as absolute paths.
     */
    public Model boundTo(Generation g) {
        return boundTo(g.tdb2(), g.text());
    }

    /** A copy of the model whose TDB2 location and Lucene directory are the given directories. */
    public Model boundTo(Path tdb2Dir, Path textDir) {
        Model m = model();
        Resource tdb = findOne(m, VocabTDB2.tDatasetTDB2, "tdb2:DatasetTDB2");
        tdb.removeAll(VocabTDB2.pLocation);
        tdb.addProperty(VocabTDB2.pLocation, tdb2Dir.toAbsolutePath().normalize().toString());
        Resource index = findOne(m, TextVocab.textIndexLucene, "text:TextIndexLucene");
        index.removeAll(TextVocab.pDirectory);
        index.addProperty(TextVocab.pDirectory, textDir.toAbsolutePath().normalize().toString());
        return m;
    }

    /**
     * Opens the Lucene index described in the file, in {@code textDir} (created if needed). The
     * caller closes it. Only one open index per directory may exist in a JVM at a time.
     */
    public TextIndexLucene openTextIndex(Path textDir) {
        Model m = boundTo(textDir.resolveSibling("unused-tdb2"), textDir);
        Resource index = findOne(m, TextVocab.textIndexLucene, "text:TextIndexLucene");
        Object o = Assembler.general().open(index);
        if (!(o instanceof TextIndexLucene lucene))
            throw new PonteException(file + ": the text index is not a Lucene index");
        return lucene;
    }

    /** The entity map of the index: which predicate goes to which field. */
    public EntityDefinition entityDefinition(TextIndex index) {
        return index.getDocDef();
    }

    /**
     * Opens the text dataset of one generation, as a stock Fuseki would: TDB2 wrapped by the
     * text index. For offline use by the loader and the command line; the server assembles its
     * own through Fuseki. Close it with {@link GenerationDatasets#close(DatasetGraph)}.
     */
    public DatasetGraph openDataset(Generation g) {
        Model m = boundTo(g);
        Resource textDs = findOne(m, TextVocab.textDataset, "text:TextDataset");
        Object o = Assembler.general().open(textDs);
        if (!(o instanceof Dataset ds)) throw new PonteException(file + ": the text dataset did not assemble");
        return ds.asDatasetGraph();
    }

    private Resource findOne(Model m, Resource type, String label) {
        List<Resource> rs = m.listResourcesWithProperty(RDF.type, type).toList();
        if (rs.size() != 1)
            throw new PonteException(file + ": expected exactly one " + label + ", found " + rs.size());
        return rs.get(0);
    }
}
