package no.lifecase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.ClassUtils;

/**
 * Every security filter chain of Lifecase takes its place from {@link FilterChainOrder}, and no two share one: with a
 * shared order, which chain sees a request first would depend on the order Spring happens to find the beans in.
 */
class FilterChainOrderTest {

    @Test
    void the_orders_are_distinct() {
        var orders = orders();

        assertThat(orders.values()).doesNotHaveDuplicates();
        assertThat(orders).hasSize(chains().size());
    }

    @Test
    void the_catch_all_comes_last() {
        assertThat(orders().values()).allSatisfy(order -> assertThat(order).isLessThanOrEqualTo(FilterChainOrder.PUBLIC_PAGES));
    }

    @Test
    void every_filter_chain_takes_its_order_from_the_constants_and_each_constant_orders_one_chain() {
        var chains = chains();
        var byOrder = new LinkedHashMap<Integer, List<String>>();
        chains.forEach(chain -> byOrder.computeIfAbsent(order(chain), order -> new ArrayList<>()).add(name(chain)));

        assertThat(chains).as("security filter chain beans found under no.lifecase").hasSizeGreaterThanOrEqualTo(12);
        assertThat(chains).allSatisfy(chain -> assertThat(chain.getAnnotation(Order.class))
                .as("@Order on %s", name(chain)).isNotNull());
        assertThat(byOrder.keySet()).as("orders of the chains").containsExactlyInAnyOrderElementsOf(orders().values());
        assertThat(byOrder).allSatisfy((order, names) -> assertThat(names).as("chains at order %d", order).hasSize(1));
    }

    /** The constants of {@link FilterChainOrder}, by name. */
    private static Map<String, Integer> orders() {
        var orders = new LinkedHashMap<String, Integer>();
        for (var field : FilterChainOrder.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                try {
                    orders.put(field.getName(), field.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return orders;
    }

    /** Every {@code @Bean} method under {@code no.lifecase} that makes a {@link SecurityFilterChain}, whatever its profile. */
    private static List<Method> chains() {
        var classes = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(classes);
        var chains = new ArrayList<Method>();
        try {
            for (var resource : classes.getResources("classpath*:no/lifecase/**/*.class")) {
                var metadata = readers.getMetadataReader(resource).getAnnotationMetadata();
                if (!metadata.hasAnnotatedMethods(Bean.class.getName())) {
                    continue;
                }
                var type = ClassUtils.resolveClassName(metadata.getClassName(), FilterChainOrderTest.class.getClassLoader());
                Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(Bean.class))
                        .filter(method -> SecurityFilterChain.class.isAssignableFrom(method.getReturnType()))
                        .forEach(chains::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chains;
    }

    private static int order(Method chain) {
        var order = chain.getAnnotation(Order.class);
        return order == null ? Integer.MIN_VALUE : order.value();
    }

    private static String name(Method chain) {
        return chain.getDeclaringClass().getSimpleName() + "." + chain.getName();
    }
}
