package perfaudit.report.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * The bar chart of findings by rule id on the summary sheet, drawn from the summary's own by-rule
 * table so that it stays true if an auditor edits the counts. Horizontal bars: rule ids are long
 * labels that a column chart would print sideways.
 */
final class SummaryChart {

    static final String TITLE = "按规则的发现数 Findings by rule";

    private SummaryChart() {
    }

    /**
     * Draws the chart at the given cell area, over the rule ids in column A and their counts in
     * column B of rows {@code firstRow..lastRow} (0-based, inclusive).
     */
    static XSSFChart draw(XSSFSheet sheet, int firstRow, int lastRow, int anchorColumn, int anchorRow,
                          int widthColumns, int heightRows) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, anchorColumn, anchorRow,
                anchorColumn + widthColumns, anchorRow + heightRows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis rules = chart.createCategoryAxis(AxisPosition.LEFT);
        // first rule (the most frequent) at the top, as in the table beside it
        rules.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
        counts.setCrosses(AxisCrosses.MAX);
        counts.setMinimum(0);

        XDDFCategoryDataSource ruleIds = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, rules, counts);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(ruleIds, values);
        series.setTitle("发现数 Findings", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x1F, 0x4E, 0x78})));
        chart.plot(data);

        // the count at the end of each bar, so the chart reads without the table
        CTDLbls labels = series.getCTBarSer().addNewDLbls();
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
        return chart;
    }
}
