package perfaudit.ingest.grammar.header;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Form;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A form naming two 主管部门 (重庆 中央、市级专项转移支付 forms: 市级主管部门 then 县级主管部门) is audited as the
 * local one's, whichever is printed first; a form naming one keeps it.
 */
class LocalDepartmentTest {

    private static final String FORM = """
            中央、市级专项转移支付绩效目标自评表
            (2021年度)
            专项(项目)名称  忠县涂井乡龙滩村农村移民安置区精准帮扶项目
            %s
            实施单位  忠县涂井乡人民政府
            项目资金(万元)
            全年预算数(A)  全年执行数(B)  执行率(B/A)
            年度资金总额:  372.29 372.29 100%%
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "市级主管部门  重庆市水利局|县级主管部门  忠县水利局; 忠县水利局",
        "县级主管部门  忠县水利局|市级主管部门  重庆市水利局; 忠县水利局",
        "市级主管部门  重庆市水利局; 重庆市水利局",
        "主管部门  忠县水利局|市级主管部门  重庆市水利局; 忠县水利局"})
    void theLocalDepartmentIsTheFormsDepartment(String lines, String department) {
        String text = FORM.formatted(lines.replace("|", "\n"));
        Form form = Inputs.read(text.getBytes(StandardCharsets.UTF_8), "c.txt", Limits.DEFAULT).forms().get(0);
        assertEquals(department, form.department().name());
    }
}
