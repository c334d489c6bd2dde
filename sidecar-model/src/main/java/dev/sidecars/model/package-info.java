/**
 * Immutable values describing a workload and its sidecar containers.
 *
 * <p>Start with {@link dev.sidecars.model.Workload#builder()} or
 * {@link dev.sidecars.model.Container#builder()}. Every value is immutable, compares by
 * value, keeps collections in insertion order, and tells "not given" ({@code Optional.empty()})
 * apart from "given as empty".
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    depluralize = true,
    depluralizeDictionary = {"environment:environment", "cacheFrom:cacheFrom"},
    jdkOnly = true,
    throwForInvalidImmutableState = ModelException.class)
package dev.sidecars.model;

import org.immutables.value.Value;
