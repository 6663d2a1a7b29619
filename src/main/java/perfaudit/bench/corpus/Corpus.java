package perfaudit.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes a generated corpus to a folder: the form files and manifest.json with the planted defects. */
public final class Corpus {

    /** The layouts the generator writes: two text layouts, Excel workbooks and web pages. */
    public enum Layout {
        TABBED(new TabbedRenderer()), FLOW(new FlowRenderer()), XLSX(new XlsxRenderer()), HTML(new HtmlRenderer());

        final FormRenderer renderer;

        Layout(FormRenderer renderer) {
            this.renderer = renderer;
        }
    }

    /**
     * Which forms: clean (six kinds of defect, rows as the template prints them: the corpus the warm
     * bench stages have always measured) or varied (defects of every rule id, and rows whose cells are
     * shifted as exports shift them, which makes the reader search harder).
     */
    public enum Mix { CLEAN, VARIED }

    /** What was written. */
    public record Summary(int forms, int files, long bytes, Map<String, Integer> defects) {
    }

    private Corpus() {
    }

    /**
     * Forms are generated in order on this thread (one random sequence per seed); the files are
     * rendered and written on every core, since a workbook takes far longer to render than to generate.
     */
    public static Summary write(Path folder, int forms, int perFile, Layout layout, long seed) throws IOException {
        return write(folder, forms, perFile, layout, seed, Mix.CLEAN);
    }

    /** As above, with the given mix of forms. */
    public static Summary write(Path folder, int forms, int perFile, Layout layout, long seed, Mix mix)
            throws IOException {
        Files.createDirectories(folder);
        CorpusGenerator generator = new CorpusGenerator(seed, mix, layout);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("seed", seed);
        manifest.put("layout", layout.name().toLowerCase(java.util.Locale.ROOT));
        manifest.put("mix", mix.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode entries = manifest.putArray("forms");
        Map<String, Integer> defects = new TreeMap<>();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Future<Integer>> pending = new ArrayDeque<>();
        long bytes = 0;
        int files = 0;
        try {
            for (int start = 0; start < forms; start += perFile) {
                List<GeneratedForm> batch = new ArrayList<>();
                for (int i = start; i < Math.min(forms, start + perFile); i++) {
                    batch.add(generator.next(i));
                }
                int number = ++files;
                String name = String.format("forms-%06d.%s", number, layout.renderer.extension());
                Path file = folder.resolve(name);
                pending.add(pool.submit(() -> {
                    byte[] content = layout.renderer.render(number, "第" + number + "批", batch);
                    Files.write(file, content);
                    return content.length;
                }));
                if (pending.size() >= 2 * threads) {
                    bytes += written(pending.poll());
                }
                for (GeneratedForm form : batch) {
                    ObjectNode entry = entries.addObject();
                    entry.put("file", name);
                    entry.put("projectName", form.projectName());
                    entry.put("unit", form.unit());
                    entry.put("year", form.year());
                    ArrayNode planted = entry.putArray("defects");
                    form.defects().forEach(planted::add);
                    java.util.TreeSet<String> expected = new java.util.TreeSet<>(form.defects());
                    form.defects().stream().map(CorpusGenerator.IMPLIED::get).filter(java.util.Objects::nonNull)
                            .forEach(expected::add);
                    form.defects().stream().map(VariedDefects.IMPLIED::get).filter(java.util.Objects::nonNull)
                            .forEach(expected::addAll);
                    ArrayNode findings = entry.putArray("expectedFindings");
                    expected.forEach(findings::add);
                    form.defects().forEach(d -> defects.merge(d, 1, Integer::sum));
                }
            }
            while (!pending.isEmpty()) {
                bytes += written(pending.poll());
            }
        } finally {
            pool.shutdownNow();
        }
        mapper.writeValue(folder.resolve("manifest.json").toFile(), manifest);
        return new Summary(forms, files, bytes, defects);
    }

    private static int written(Future<Integer> file) throws IOException {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("corpus writing interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }
}
