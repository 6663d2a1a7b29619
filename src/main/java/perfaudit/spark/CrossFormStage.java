package perfaudit.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import perfaudit.engine.facts.FormSummary;
import perfaudit.finding.Finding;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The cross-form rules over every form's summary (DUPLICATE-PROJECT), after a shuffle keyed by unit and
 * year: all forms of one 实施单位 and 年度 meet in one partition, where one rule session sees them. The
 * shuffle moves only the light summaries (id, 项目名称, unit code, year, location: about 200 bytes a form).
 * A cross-form rule therefore sees the forms of its unit and year together, never the whole run: every
 * rule shipped compares forms within a unit and year.
 */
final class CrossFormStage {

    private CrossFormStage() {
    }

    static List<Finding> fire(JavaRDD<ChunkResult> results, Broadcast<ShippedRules> rules, int partitions) {
        return results
                .flatMap(result -> result.summaries().iterator())
                .mapToPair(summary -> new Tuple2<>(key(summary), summary))
                .partitionBy(new HashPartitioner(partitions))
                .mapPartitions(group -> fireGroup(rules, group))
                .collect();
    }

    /** Unit code and year; a form lacking either keeps its own null part (no shipped rule pairs it). */
    static String key(FormSummary summary) {
        return summary.getUnitCode() + "\u0000" + summary.getYear();
    }

    private static Iterator<Finding> fireGroup(Broadcast<ShippedRules> rules, Iterator<Tuple2<String, FormSummary>> group) {
        List<Object> summaries = new ArrayList<>();
        group.forEachRemaining(pair -> summaries.add(pair._2()));
        if (summaries.isEmpty()) {
            return List.<Finding>of().iterator();
        }
        return rules.value().compiled().engine().fireCrossForm(summaries).iterator();
    }
}
