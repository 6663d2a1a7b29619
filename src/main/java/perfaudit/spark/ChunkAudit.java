package perfaudit.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import perfaudit.audit.InputReader;
import perfaudit.audit.PartialAudit;
import perfaudit.engine.facts.FormSummary;
import perfaudit.ingest.Limits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The task of a partition: each of its chunks read and audited by the audit core's per-document stage
 * ({@code DocumentAudit}, the same call {@code perfaudit audit} makes per chunk), with this executor's
 * compiled rules. Local inputs are read from their path as the CLI reads them (links, size limit); remote
 * ones through Hadoop's file system, the size checked before the bytes are fetched.
 */
final class ChunkAudit implements FlatMapFunction<Iterator<Chunk>, ChunkResult> {

    private final Broadcast<ShippedRules> rules;
    private final Limits limits;

    ChunkAudit(Broadcast<ShippedRules> rules, Limits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    @Override
    public Iterator<ChunkResult> call(Iterator<Chunk> chunks) {
        ShippedRules.Compiled compiled = rules.value().compiled();
        limits.applyToPoi();
        List<ChunkResult> results = new ArrayList<>();
        // the reader's watchdog threads end with the partition: every chunk is done before it closes
        try (InputReader reader = new InputReader(limits, null, compiled.vocabulary())) {
            while (chunks.hasNext()) {
                results.add(audit(chunks.next(), reader, compiled));
            }
        }
        return results.iterator();
    }

    private static ChunkResult audit(Chunk chunk, InputReader reader, ShippedRules.Compiled compiled) {
        List<InputReader.ReadInput> read = new ArrayList<>(chunk.inputs().size());
        for (InputRef input : chunk.inputs()) {
            read.add(read(input, reader));
        }
        PartialAudit part = compiled.documents().audit(read);
        List<Object> documentFacts = new ArrayList<>();
        List<FormSummary> summaries = new ArrayList<>();
        for (Object fact : part.crossFormFacts()) {
            if (fact instanceof FormSummary summary) {
                summaries.add(summary);
            } else {
                documentFacts.add(fact);
            }
        }
        PartialAudit withoutFacts = new PartialAudit(part.inputs(), part.scorecards(), List.of(), part.findings(),
                part.forms());
        return new ChunkResult(chunk.index(), withoutFacts,
                documentFacts.isEmpty() ? List.of() : compiled.engine().fireCrossForm(documentFacts), summaries);
    }

    private static InputReader.ReadInput read(InputRef input, InputReader reader) {
        if (input.local()) {
            return reader.read(Path.of(input.location()), input.displayName(), input.key());
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input.location());
        try {
            FileSystem fs = path.getFileSystem(new Configuration());
            long size = fs.getFileStatus(path).getLen();
            if (size > reader.limits().maxFileBytes() || size > Integer.MAX_VALUE - 8) {
                return reader.tooLarge(input.displayName(), input.key(), size);
            }
            byte[] bytes = new byte[(int) size];
            try (FSDataInputStream in = fs.open(path)) {
                in.readFully(0, bytes);
            }
            return reader.read(bytes, input.displayName(), input.key());
        } catch (IOException | RuntimeException e) {
            // reported like any unreadable input: the core makes it a finding, the other inputs go on
            return reader.unreadable(input.displayName(), input.key(), "无法读取文件 — cannot read file: " + e);
        }
    }
}
