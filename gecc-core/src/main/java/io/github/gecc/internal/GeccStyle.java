package io.github.gecc.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each model package's {@code
 * package-info.java}.
 *
 * <p>It keeps the generated {@code Immutable*} classes package-private and hidden behind the
 * abstract value types: callers only ever use the public factories ({@code of(...)}, {@code
 * builder()}) of the abstract types. This annotation is part of the build's plumbing, not of the
 * domain API: it implements no rule of RULES.md.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    get = {"is*", "get*"},
    strictBuilder = true,
    jdkOnly = false)
public @interface GeccStyle {}
