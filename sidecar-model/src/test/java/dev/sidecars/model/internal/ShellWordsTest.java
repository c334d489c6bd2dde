package dev.sidecars.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

  @Test
  void blanksSeparateWords() {
    assertThat(ShellWords.split("  ps   au\t-x ")).containsExactly("ps", "au", "-x");
    assertThat(ShellWords.split("")).isEmpty();
  }

  @Test
  void quotesKeepBlanks() {
    assertThat(ShellWords.split("echo 'a  b' \"c d\"")).containsExactly("echo", "a  b", "c d");
    assertThat(ShellWords.split("x''")).containsExactly("x");
    assertThat(ShellWords.split("''")).containsExactly("");
  }

  @Test
  void escapesFollowPosixRules() {
    assertThat(ShellWords.split("a\\ b")).containsExactly("a b");
    assertThat(ShellWords.split("\"\\$HOME \\\" \\n\"")).containsExactly("$HOME \" \\n");
    assertThat(ShellWords.split("'\\n'")).containsExactly("\\n");
  }

  @Test
  void unclosedQuotesAreErrors() {
    assertThatThrownBy(() -> ShellWords.split("echo \"oops")).hasMessageContaining("unclosed double quote");
    assertThatThrownBy(() -> ShellWords.split("echo \\")).hasMessageContaining("trailing backslash");
  }
}
