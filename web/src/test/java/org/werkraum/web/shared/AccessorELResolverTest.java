package org.werkraum.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessorELResolverTest {

    public record Row(String name, long members) {

        public String greeting(String whom) {
            return "Hello " + whom;
        }

        public long plus(long more) {
            return members + more;
        }

        public String label(String prefix) {
            return prefix + name;
        }

        public String label(Integer number) {
            return number + name;
        }

        public String broken() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    private record Hidden(String name) {}

    private final AccessorELResolver resolver = new AccessorELResolver();

    @Test
    void aRecordAccessorIsCalledAndResolved() {
        ELContext context = context();
        Row row = new Row("Cloud Guild", 42);

        assertThat(resolver.invoke(context, row, "name", new Class<?>[0], new Object[0]))
                .isEqualTo("Cloud Guild");
        assertThat(context.isPropertyResolved()).isTrue();

        ELContext again = context();
        assertThat(resolver.invoke(again, new Row("Wiki Friends", 7), "members", null, null))
                .isEqualTo(7L);
        assertThat(again.isPropertyResolved()).isTrue();
    }

    @Test
    void aMethodIsCalledWithArgumentsOfItsParameterTypes() {
        ELContext context = context();

        assertThat(resolver.invoke(context, new Row("a", 1), "greeting", null, new Object[] {"Anna"}))
                .isEqualTo("Hello Anna");
        assertThat(context.isPropertyResolved()).isTrue();

        ELContext boxed = context();
        assertThat(resolver.invoke(boxed, new Row("a", 1), "plus", null, new Object[] {41L}))
                .isEqualTo(42L);
        assertThat(boxed.isPropertyResolved()).isTrue();
    }

    @Test
    void argumentsThatNeedConvertingAndOverloadsAreLeftToTheStandardResolvers() {
        ELContext text = context();
        assertThat(resolver.invoke(text, new Row("a", 1), "plus", null, new Object[] {"41"}))
                .isNull();
        assertThat(text.isPropertyResolved()).isFalse();

        ELContext nothing = context();
        assertThat(resolver.invoke(nothing, new Row("a", 1), "plus", null, new Object[] {null}))
                .isNull();
        assertThat(nothing.isPropertyResolved()).isFalse();

        ELContext overloaded = context();
        assertThat(resolver.invoke(overloaded, new Row("a", 1), "label", null, new Object[] {"x"}))
                .isNull();
        assertThat(overloaded.isPropertyResolved()).isFalse();
    }

    @Test
    void methodsThePagesCouldNotCallAreLeftToTheStandardResolvers() {
        ELContext hidden = context();
        assertThat(resolver.invoke(hidden, new Hidden("x"), "name", null, new Object[0]))
                .isNull();
        assertThat(hidden.isPropertyResolved()).isFalse();

        // the JDK's immutable set is a class of java.util that is not public
        ELContext jdk = context();
        assertThat(resolver.invoke(jdk, Set.of("a", "b", "c"), "size", null, new Object[0]))
                .isNull();
        assertThat(jdk.isPropertyResolved()).isFalse();

        ELContext unknown = context();
        assertThat(resolver.invoke(unknown, new Row("a", 1), "nothing", null, new Object[0]))
                .isNull();
        assertThat(unknown.isPropertyResolved()).isFalse();
    }

    @Test
    void anExceptionOfTheAccessorArrivesAsTheCauseOfAnElException() {
        assertThatThrownBy(() -> resolver.invoke(context(), new Row("a", 1), "broken", null, new Object[0]))
                .isInstanceOf(ELException.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broken on purpose");
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
