package perfaudit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a generated corpus to a folder: the form files and manifest.json with the planted defects. */
public final class Corpus {

    /** The text layouts the generator prints. */
    public enum Layout {
        TABBED(new TabbedRenderer()), FLOW(new FlowRenderer());

        final FormRenderer renderer;

        Layout(FormRenderer renderer) {
            this.renderer = renderer;
        }
    }

    /** What was written. */
    public record Summary(int forms, int files, long bytes, Map<String, Integer> defects) {
    }

    private Corpus() {
    }

    public static Summary write(Path folder, int forms, int perFile, Layout layout, long seed) throws IOException {
        Files.createDirectories(folder);
        CorpusGenerator generator = new CorpusGenerator(seed);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("seed", seed);
        manifest.put("layout", layout.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode entries = manifest.putArray("forms");
        Map<String, Integer> defects = new TreeMap<>();
        long bytes = 0;
        int files = 0;
        for (int start = 0; start < forms; start += perFile) {
            List<GeneratedForm> batch = new ArrayList<>();
            for (int i = start; i < Math.min(forms, start + perFile); i++) {
                batch.add(generator.next(i));
            }
            String name = String.format("forms-%06d.%s", files + 1, layout.renderer.extension());
            byte[] content = layout.renderer.render("第" + (files + 1) + "批", batch).getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(name), content);
            bytes += content.length;
            files++;
            for (GeneratedForm form : batch) {
                ObjectNode entry = entries.addObject();
                entry.put("file", name);
                entry.put("projectName", form.projectName());
                ArrayNode planted = entry.putArray("defects");
                form.defects().forEach(planted::add);
                java.util.TreeSet<String> expected = new java.util.TreeSet<>(form.defects());
                form.defects().stream().map(CorpusGenerator.IMPLIED::get).filter(java.util.Objects::nonNull)
                        .forEach(expected::add);
                ArrayNode findings = entry.putArray("expectedFindings");
                expected.forEach(findings::add);
                form.defects().forEach(d -> defects.merge(d, 1, Integer::sum));
            }
        }
        mapper.writeValue(folder.resolve("manifest.json").toFile(), manifest);
        return new Summary(forms, files, bytes, defects);
    }
}
