package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;

import java.io.Serializable;

/** The light summary of a form that the cross-form rules see (every form of a run, in one session). */
public final class FormSummary implements Serializable {

    private final String id;
    private final String projectName;
    private final String unitCode;
    private final Integer year;
    private final SourceLocation location;

    public FormSummary(String id, String projectName, String unitCode, Integer year, SourceLocation location) {
        this.id = id;
        this.projectName = projectName;
        this.unitCode = unitCode;
        this.year = year;
        this.location = location;
    }

    public String getId() { return id; }
    public String getProjectName() { return projectName; }
    /** The form's name for findings: 项目名称, or a placeholder when it is missing. */
    public String getFormName() { return projectName == null ? "（无项目名称）" : projectName; }
    public String getUnitCode() { return unitCode; }
    public Integer getYear() { return year; }
    public SourceLocation getLocation() { return location; }
}
