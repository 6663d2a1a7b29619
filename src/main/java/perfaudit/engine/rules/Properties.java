package perfaudit.engine.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fact's fields by name, as rules and message placeholders say them: {@code effectiveRate} is
 * {@code getEffectiveRate()}, {@code totalLine} is {@code isTotalLine()}. Looked up once per class.
 */
public final class Properties {

    private static final ClassValue<Map<String, Method>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return getters(type);
        }
    };

    private Properties() {
    }

    /** Every readable field of {@code type} by name. */
    public static Map<String, Method> of(Class<?> type) {
        return GETTERS.get(type);
    }

    /** Whether {@code bean} has the field. */
    public static boolean has(Object bean, String name) {
        return bean != null && of(bean.getClass()).containsKey(name);
    }

    /** The field's value; an unknown field is an error naming the fields there are. */
    public static Object get(Object bean, String name) {
        Method getter = of(bean.getClass()).get(name);
        if (getter == null) {
            throw new IllegalArgumentException(bean.getClass().getSimpleName() + " has no field '" + name
                    + "'; it has " + of(bean.getClass()).keySet());
        }
        try {
            return getter.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + bean.getClass().getSimpleName(), e);
        }
    }

    private static Map<String, Method> getters(Class<?> type) {
        Map<String, Method> getters = new TreeMap<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3) {
                getters.put(decapitalize(name.substring(3)), method);
            } else if (name.startsWith("is") && name.length() > 2
                    && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
                getters.put(decapitalize(name.substring(2)), method);
            }
        }
        return getters;
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
