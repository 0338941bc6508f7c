package org.ponte.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A seeded, deterministic generator of documents like the corpus's (agreement news, project
 * lists, fact sheets, Italian pages with furniture, bilingual summaries; about 5% HTML), with
 * the gold standard of what it put in each, for scale tests and for scoring the mapper on more
 * data than anyone can annotate.
 *
 * <p>Document {@code i} depends only on the seed, {@code i}, the reference data and the number
 * of projects in the documents before it (a cheap sum over their plans), never on the corpus
 * size: the same seed gives byte-identical documents and gold, and a corpus of N documents is a
 * prefix of one of 10N. Documents are built on several threads and written as they are made;
 * the gold is streamed ({@link GoldWriter}), so memory stays bounded at any corpus size.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.ponte.bench.CorpusGenerator --seed 42 --documents 10000 --out DIR [--gold FILE]
 * </pre>
 */
public final class CorpusGenerator {
    /** The largest corpus: file names have seven digits. */
    public static final int MAX_DOCUMENTS = 9_999_999;

    private final Corpus corpus;
    private final long seed;
    private long[] firstProject = {0};
    private int planned;

    private CorpusGenerator(long seed, ReferenceTables ref) {
        this.seed = seed;
        this.corpus = new Corpus(seed, ref);
    }

    /**
     * A generator for {@code seed}, drawing real bodies, programmes, places and given names from
     * {@code home/data/reference} (or, when {@code home} is null or has no such directory, from
     * the copy packaged in the mapper jar). Building it takes a fraction of a second.
     */
    public static CorpusGenerator create(long seed, Path home) {
        return new CorpusGenerator(seed, ReferenceTables.load(home));
    }

    /** A short hash of the reference data the generator read: output is reproducible given the seed and this. */
    public String referenceFingerprint() {
        return corpus.ref.fingerprint;
    }

    /** What document {@code i} will be, decided before it is written. */
    public record Plan(Style style, boolean italian, boolean html, int projectSlots) {
        String language() {
            return style == Style.BILINGUAL ? "it+en" : italian ? "it" : "en";
        }
    }

    /** The plan of document {@code i}: cheap, and independent of every other document. */
    public Plan plan(int i) {
        Rand r = new Rand(Rand.mix(seed, 1, i));
        Style style = Style.values()[r.below(Style.values().length)];
        boolean html = style != Style.BILINGUAL && r.chance(0.0625);
        boolean italian = switch (style) {
            case AGREEMENT_NEWS -> r.chance(0.5);
            case PROJECT_LIST -> r.chance(0.45);
            case FACT_SHEET -> r.chance(0.35);
            case ITALIAN_PAGE, BILINGUAL -> true;
        };
        int slots = switch (style) {
            case PROJECT_LIST -> r.chance(0.08) ? r.between(15, 40) : r.chance(0.02) ? r.between(50, 70) : r.between(4, 12);
            case FACT_SHEET -> italian ? 1 : r.between(1, 3);
            default -> 1;
        };
        return new Plan(style, italian, html, slots);
    }

    /** The number of the first project of document {@code i}: the sum of the slots of the documents before it. */
    private synchronized long firstProject(int i) {
        if (i > planned) {
            if (firstProject.length <= i) firstProject = Arrays.copyOf(firstProject, Math.max(i + 1, firstProject.length * 2));
            for (int j = planned; j < i; j++) firstProject[j + 1] = firstProject[j] + plan(j).projectSlots();
            planned = i;
        }
        return firstProject[i];
    }

    /** Document {@code i} with its gold, built in memory (thread-safe). */
    public GeneratedDocument document(int i) {
        if (i < 0 || i > MAX_DOCUMENTS) throw new IllegalArgumentException("document number out of range: " + i);
        return document(i, plan(i), firstProject(i));
    }

    private GeneratedDocument document(int i, Plan plan, long first) {
        Rand r = new Rand(Rand.mix(seed, 2, i));
        Doc d = new Doc(corpus, r, plan.italian(), i, first, plan.projectSlots());
        switch (plan.style()) {
            case AGREEMENT_NEWS -> AgreementNews.write(d);
            case PROJECT_LIST -> ProjectList.write(d);
            case FACT_SHEET -> FactSheet.write(d);
            case ITALIAN_PAGE -> ItalianPage.write(d);
            case BILINGUAL -> BilingualSummary.write(d);
        }
        String text = plan.html() ? d.page.html(r, plan.italian(), siteName(d)) : d.page.text();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String name = seven(i) + "_" + hex(bytes) + (plan.html() ? ".html" : ".txt");
        return new GeneratedDocument(i, name, plan.style(), plan.language(), plan.html(), bytes, d.gold);
    }

    /** The seven-digit number that opens a file name. */
    static String seven(int i) {
        String s = Integer.toString(i);
        return "0000000".substring(s.length()) + s;
    }

    private static String siteName(Doc d) {
        for (GoldEntity e : d.gold.mentions().keySet()) if (e.type.equals("Organisation") && !e.names.isEmpty()) return e.names.get(0);
        return "Notizie";
    }

    private static String hex(byte[] bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a generation run did. */
    public record Report(int documents, long bytes, Map<Style, Integer> styles, int html, int pooledEntities, long nanos) {
        public double documentsPerSecond() {
            return documents / (nanos / 1e9);
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / (nanos / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d documents, %.1f MB (%.0f bytes on average, %d HTML) in %.1f s: %.0f documents/s, %.1f MB/s; styles %s%s",
                    documents, bytes / 1e6, documents == 0 ? 0.0 : (double) bytes / documents, html, nanos / 1e9, documentsPerSecond(),
                    megabytesPerSecond(), styles, pooledEntities >= 0 ? "; " + pooledEntities + " distinct pooled entities" : "");
        }
    }

    /**
     * Writes documents 0..n-1 into {@code out} (created if needed; it must hold no generated
     * documents yet) and, when {@code gold} is not null, their gold standard. Uses
     * {@code threads} threads; the output does not depend on it.
     */
    public Report generate(int n, Path out, Path gold, int threads) throws IOException {
        if (n < 0 || n > MAX_DOCUMENTS) throw new IllegalArgumentException("--documents must be in 0.." + MAX_DOCUMENTS);
        Files.createDirectories(out);
        try (Stream<Path> s = Files.list(out)) {
            if (s.anyMatch(p -> p.getFileName().toString().matches("\\d{7}_[0-9a-f]{16}\\.(txt|html)")))
                throw new IOException(out + " already holds generated documents; use an empty directory");
        }
        long t0 = System.nanoTime();
        Map<Style, Integer> styles = new EnumMap<>(Style.class);
        long bytes = 0;
        int html = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "corpus-generator");
            t.setDaemon(true);
            return t;
        });
        GoldWriter writer = gold == null ? null : new GoldWriter(gold, "generated: seed " + seed + ", " + n + " documents, reference data "
                + corpus.ref.fingerprint);
        try {
            Deque<Future<GeneratedDocument>> window = new ArrayDeque<>();
            int next = 0;
            long first = 0;
            int limit = Math.max(1, threads) * 16;
            while (next < n || !window.isEmpty()) {
                while (next < n && window.size() < limit) {
                    int i = next++;
                    Plan plan = plan(i);
                    long f = first;
                    first += plan.projectSlots();
                    window.add(pool.submit(() -> {
                        GeneratedDocument d = document(i, plan, f);
                        Files.write(out.resolve(d.fileName()), d.bytes());
                        return d;
                    }));
                }
                GeneratedDocument d = take(window.poll());
                bytes += d.bytes().length;
                styles.merge(d.style(), 1, Integer::sum);
                if (d.html()) html++;
                if (writer != null) writer.add(d);
            }
        } finally {
            pool.shutdownNow();
        }
        int pooled = -1;
        if (writer != null) {
            pooled = writer.pooledEntities();
            writer.close();
        }
        return new Report(n, bytes, styles, html, pooled, System.nanoTime() - t0);
    }

    private static GeneratedDocument take(Future<GeneratedDocument> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw new IllegalStateException("generating a document failed: " + e.getCause(), e.getCause());
        }
    }

    private static final String USAGE = """
            Usage: CorpusGenerator --seed N --documents N --out DIR [--gold FILE] [--threads N] [--home DIR]

            Writes N generated documents (NNNNNNN_<hex>.txt|.html) into DIR and, with --gold, their gold
            standard in the format of data/eval/*-gold.json, for: ./ponte evaluate --gold FILE --input DIR
              --seed N        corpus seed (default 42); same seed and reference data, same bytes
              --documents N   number of documents (a corpus of N is a prefix of one of 10N)
              --out DIR       output directory, created if needed; must hold no generated documents
              --gold FILE     also write the gold standard (streamed: any corpus size)
              --threads N     generation threads (default: available processors)
              --home DIR      project root whose data/reference is used (default: ., else the copy in the jar)
            Exit codes: 0 done, 1 failed, 2 bad arguments.""";

    /** Command line: see {@link #USAGE}. Progress and the report go to stderr. */
    public static void main(String[] args) {
        long seed = 42;
        int n = -1, threads = Runtime.getRuntime().availableProcessors();
        Path out = null, gold = null, home = Path.of(".");
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--documents", "-n" -> n = Integer.parseInt(args[++i].replace("_", ""));
                    case "--out", "-o" -> out = Path.of(args[++i]);
                    case "--gold" -> gold = Path.of(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--home" -> home = Path.of(args[++i]);
                    case "-h", "--help" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (n < 0 || out == null) throw new IllegalArgumentException("--documents and --out are required");
        } catch (RuntimeException e) {
            System.err.println("CorpusGenerator: " + e.getMessage() + "\n\n" + USAGE);
            System.exit(2);
            return;
        }
        try {
            CorpusGenerator g = create(seed, home);
            Report r = g.generate(n, out, gold, threads);
            System.err.println(r);
        } catch (IOException | RuntimeException e) {
            System.err.println("CorpusGenerator: " + e);
            System.exit(1);
        }
    }
}
