package org.ponte.server.ld;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The researchers' example queries, {@code data/queries/*.rq} (setting {@code queries}), read
 * when asked so a curator can add one without restarting. Each file starts with a comment
 * header:
 *
 * <pre>
 * # title: Projects by funder
 * # description: Every project with the organisations that fund it,
 * #   continued on lines that start with "#" and spaces.
 * </pre>
 *
 * The file name (without {@code .rq}, {@code [a-z0-9-]}) is the query's stable name, served at
 * {@code /queries/{name}.rq}. Files with other names are ignored.
 */
final class ExampleQueries {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** One example query. */
    record Query(String name, String title, String description, String text) {
        /** The query opened in the Fuseki query editor (its Vue router reads {@code ?query=}). */
        String editorHref(String root, String dataset) {
            return root + "ui/#/dataset/" + dataset + "/query?query=" + enc(text);
        }

        /** The query run on the endpoint, results as SPARQL JSON. */
        String resultsHref(String root) {
            return root + "ponte/sparql?query=" + enc(text) + "&output=json";
        }

        String fileHref(String root) {
            return root + "queries/" + name + ".rq";
        }
    }

    private final Path dir;

    ExampleQueries(Path dir) {
        this.dir = dir;
    }

    /** Whether a name could be a query's. */
    static boolean validName(String name) {
        return name != null && name.length() <= 80 && NAME.matcher(name).matches();
    }

    /** Every query, sorted by file name; an unreadable file is left out. */
    List<Query> all() {
        List<Query> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.rq")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            return out;
        }
        files.sort(null);
        for (Path f : files) {
            String name = f.getFileName().toString();
            name = name.substring(0, name.length() - 3);
            if (!validName(name)) continue;
            Query q = read(f, name);
            if (q != null) out.add(q);
        }
        return out;
    }

    /** One query by name, or null. */
    Query get(String name) {
        if (!validName(name)) return null;
        Path f = dir.resolve(name + ".rq");
        return Files.isRegularFile(f) ? read(f, name) : null;
    }

    private static Query read(Path f, String name) {
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        String title = name, description = "";
        String field = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) break;
            String c = l.substring(1).strip();
            int colon = c.indexOf(':');
            String key = colon > 0 ? c.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            if (key.equals("title")) {
                title = c.substring(colon + 1).strip();
                field = "title";
            } else if (key.equals("description")) {
                description = c.substring(colon + 1).strip();
                field = "description";
            } else if (line.startsWith("#  ") && "description".equals(field) && !c.isEmpty()) {
                description = description + " " + c;
            } else {
                field = null;
            }
        }
        return new Query(name, title, description, text);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
