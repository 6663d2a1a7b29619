package perfaudit.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import perfaudit.report.AuditReport;
import perfaudit.report.forms.FindingRow;
import perfaudit.report.forms.FindingRows;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings in force as a Parquet table, one row per finding with every field findings.json gives
 * it, partitioned by year and unit ({@code year=2023/unit=...}) so that one year or one unit is read
 * alone. Written from the finished report (statuses and fingerprints come from the driver's chain) in
 * batches, so the driver never holds more than one batch of rows beside the report's own store.
 */
public final class FindingsTable {

    /** Rows handed to Spark at a time: about 50 MB of rows on the driver. */
    static final int BATCH = 100_000;

    public static final StructType SCHEMA = new StructType(new StructField[]{
        text("status"), text("ruleId"), text("severity"), text("file"), text("form"), text("unit"),
        DataTypes.createStructField("year", DataTypes.IntegerType, true),
        DataTypes.createStructField("line", DataTypes.IntegerType, true),
        text("sheet"), text("cell"), text("field"), text("expected"), text("found"), text("message"),
        text("fingerprint")});

    private FindingsTable() {
    }

    /** Writes the table at {@code uri} (a folder: a local path, or hdfs://, s3a://... on a cluster); fails if it exists. */
    public static long write(SparkSession spark, AuditReport report, String uri) {
        List<Row> batch = new ArrayList<>();
        long[] written = {0};
        boolean[] started = {false};
        FindingRows.forEach(report, row -> {
            batch.add(row(row));
            if (batch.size() >= BATCH) {
                append(spark, batch, uri, started[0]);
                started[0] = true;
                written[0] += batch.size();
                batch.clear();
            }
        });
        if (!batch.isEmpty() || !started[0]) {
            append(spark, batch, uri, started[0]);
            written[0] += batch.size();
        }
        return written[0];
    }

    private static void append(SparkSession spark, List<Row> rows, String uri, boolean started) {
        var writer = spark.createDataFrame(rows, SCHEMA).write().mode(started ? SaveMode.Append : SaveMode.ErrorIfExists);
        if (rows.isEmpty()) {
            // no rows, no partition folders: the table keeps its schema in one empty file
            writer.parquet(uri);
        } else {
            writer.partitionBy("year", "unit").parquet(uri);
        }
    }

    private static Row row(FindingRow f) {
        return RowFactory.create(f.status(), f.ruleId(), f.severity(), f.file(), f.form(), f.unit(), f.year(), f.line(),
                f.sheet(), f.cell(), f.field(), f.expected(), f.found(), f.message(), f.fingerprint());
    }

    private static StructField text(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }
}
