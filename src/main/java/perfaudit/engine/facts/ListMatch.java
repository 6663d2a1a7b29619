package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;

import java.io.Serializable;

/**
 * A project-list entry paired with the form of the same document it stands for: by exact name, else
 * by position among the unpaired ones. Either side is null when it has no partner.
 */
public final class ListMatch implements Serializable {

    private final String file;
    private final Integer seq;
    private final String listName;
    private final SourceLocation listLocation;
    private final String formName;
    private final SourceLocation formLocation;

    public ListMatch(String file, Integer seq, String listName, SourceLocation listLocation, String formName,
                     SourceLocation formLocation) {
        this.file = file;
        this.seq = seq;
        this.listName = listName;
        this.listLocation = listLocation;
        this.formName = formName;
        this.formLocation = formLocation;
    }

    public String getFile() { return file; }
    public Integer getSeq() { return seq; }
    public String getListName() { return listName; }
    public SourceLocation getListLocation() { return listLocation; }
    /** The 项目名称 findings are filed under: the form's, else the list entry's (a listed project without a form). */
    public String getFormName() { return formName != null ? formName : listName; }
    public SourceLocation getFormLocation() { return formLocation; }
    /** Where a finding points: the form, else the list entry. */
    public SourceLocation getLocation() { return formLocation != null ? formLocation : listLocation; }
    public boolean isNamesDiffer() { return listName != null && formName != null && !listName.equals(formName); }
}
