package perfaudit.engine.facts;

import perfaudit.model.CodedName;
import perfaudit.model.SourceLocation;

import java.io.Serializable;

/** The light summary of a form that the cross-form rules see (every form of a run, in one session). */
public final class FormSummary implements Serializable {

    private final String id;
    private final String projectName;
    private final String unitCode;
    private final String unitName;
    private final String unitKey;
    private final Integer year;
    private final SourceLocation location;

    /** @param unit the 实施单位 (code and name), or null when the form names none */
    public FormSummary(String id, String projectName, CodedName unit, Integer year, SourceLocation location) {
        this.id = id;
        this.projectName = projectName;
        this.unitCode = unit == null ? null : unit.code();
        this.unitName = unit == null ? null : unit.name();
        this.unitKey = unit == null ? null : unit.identity();
        this.year = year;
        this.location = location;
    }

    public String getId() { return id; }
    public String getProjectName() { return projectName; }
    /** The form's name for findings: 项目名称, or a placeholder when it is missing. */
    public String getFormName() { return projectName == null ? "（无项目名称）" : projectName; }
    public String getUnitCode() { return unitCode; }
    public String getUnitName() { return unitName; }
    /**
     * The 实施单位 as one identity: code and normalised name ({@link CodedName#identity}), so units of two
     * counties sharing a regional code are two units.
     */
    public String getUnitKey() { return unitKey; }
    public Integer getYear() { return year; }
    public SourceLocation getLocation() { return location; }
}
