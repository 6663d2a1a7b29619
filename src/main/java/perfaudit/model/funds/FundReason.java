package perfaudit.model.funds;

import perfaudit.model.SourceLocation;

/**
 * The text of a 项目资金 row's 原因 cell as printed (四川 D asks there why the budget was adjusted or
 * under-spent), with where it stands. Whether it is a reason or only the template's printed note is for
 * the facts to judge. Immutable.
 */
public record FundReason(SourceLocation location, String text) {
}
