package dev.sidecars.ecs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.lang.reflect.Method;
import java.util.List;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/**
 * The AWS SDK's own ECS model (software.amazon.awssdk:ecs 2.50.2) as a strict oracle, set up
 * as shared/reference/ecs.md section 3 describes: unknown fields, wrong types, duplicate keys
 * and enum values the SDK does not know all fail. Written by others; never loosened. Shared
 * through this module's tests jar with sidecar-cli, whose checked-in renders it checks.
 */
public final class StrictEcsOracle {
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  private StrictEcsOracle() {}

  /**
   * Parses a whole RegisterTaskDefinition request.
   *
   * @param json the request
   * @return the SDK's request
   * @throws Exception when the model rejects it
   */
  public static RegisterTaskDefinitionRequest parse(String json) throws Exception {
    RegisterTaskDefinitionRequest request =
        STRICT.readValue(json, RegisterTaskDefinitionRequest.serializableBuilderClass()).build();
    assertNoUnknownEnums(request, "$");
    return request;
  }

  static void assertNoUnknownEnums(SdkPojo pojo, String path) throws Exception {
    for (SdkField<?> f : pojo.sdkFields()) {
      Object v = f.getValueOrDefault(pojo);
      if (v == null) {
        continue;
      }
      Method typed = null;
      try {
        typed = pojo.getClass().getMethod(f.memberName());
      } catch (NoSuchMethodException ignored) {
        // no typed accessor: not an enum
      }
      if (typed != null) {
        Object tv = typed.invoke(pojo);
        if (tv instanceof Enum<?> && ((Enum<?>) tv).name().equals("UNKNOWN_TO_SDK_VERSION")) {
          throw new IllegalArgumentException("Invalid enum value " + v + " at " + path + "." + f.locationName());
        }
        if (tv instanceof List<?>) {
          for (Object item : (List<?>) tv) {
            if (item instanceof Enum<?> && ((Enum<?>) item).name().equals("UNKNOWN_TO_SDK_VERSION")) {
              throw new IllegalArgumentException("Invalid enum value in " + v + " at " + path + "." + f.locationName());
            }
          }
        }
      }
      if (v instanceof SdkPojo) {
        assertNoUnknownEnums((SdkPojo) v, path + "." + f.locationName());
      }
      if (v instanceof List<?>) {
        for (Object o : (List<?>) v) {
          if (o instanceof SdkPojo) {
            assertNoUnknownEnums((SdkPojo) o, path + "." + f.locationName());
          }
        }
      }
    }
  }
}
