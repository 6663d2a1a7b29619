package perfaudit.engine.rules;

import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.finding.Finding;
import perfaudit.finding.BuiltInRule;
import perfaudit.model.SourceLocation;

import java.lang.reflect.Method;

/**
 * A rule that throws must cost one finding, not the run. Drools calls this handler when a rule's
 * consequence throws: the form the match was about gets a RULE-FAILED finding naming the rule and
 * the exception, and firing goes on with the other matches. A constraint that throws (in a rule's
 * {@code when}) is no consequence: the engine catches those around the session.
 */
public final class RuleFailures implements ConsequenceExceptionHandler {

    public static final String RULE_FAILED = BuiltInRule.RULE_FAILED.id();
    private static final Logger LOG = LoggerFactory.getLogger(RuleFailures.class);

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception e) {
        String ruleId = RuleMetadata.id(match.getRule());
        LOG.warn("rule {} ({}) failed: {}", ruleId, match.getRule().getName(), e.toString());
        RuleReporter reporter = RuleReporter.current();
        if (reporter == null) {
            throw new IllegalStateException("rule " + ruleId + " failed outside an audit session", e);
        }
        SourceLocation location = null;
        String form = null;
        for (Object fact : match.getObjects()) {
            location = location != null ? location : property(fact, "getLocation", SourceLocation.class);
            form = form != null ? form : property(fact, "getFormName", String.class);
        }
        reporter.add(finding(ruleId, location, form, e));
    }

    /** The finding for a rule that threw on a form: where, which rule, what went wrong. */
    public static Finding finding(String ruleId, SourceLocation location, String form, Throwable e) {
        Throwable cause = rootCause(e);
        return new Finding(RULE_FAILED, BuiltInRule.RULE_FAILED.severity(), location == null ? null : location.file(), form, location,
                ruleId, "规则正常执行", cause.toString(),
                "规则 " + ruleId + " 在此表单上执行失败，其结论缺失：" + cause
                        + " — rule " + ruleId + " failed on this form; the other rules and forms went on");
    }

    /** The innermost exception: what the rule's own code threw, not Drools' wrappers. */
    static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Facts name their form and place by getters of the same names, whatever their class. */
    private static <T> T property(Object fact, String getter, Class<T> type) {
        try {
            Method method = fact.getClass().getMethod(getter);
            Object value = method.invoke(fact);
            return type.isInstance(value) ? type.cast(value) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
