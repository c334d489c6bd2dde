/**
 * Validates workloads: {@link dev.sidecars.validation.SidecarValidator} with profiles per
 * target, returning a {@link dev.sidecars.validation.ValidationReport}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true)
package dev.sidecars.validation;

import org.immutables.value.Value;
