package org.werkraum.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.werkraum.shared.InvalidInputException;

class AttachmentNamesTest {

    @Test
    void aFileIsKeptByItsNameWithoutPathOrControlCharacters() {
        assertThat(AttachmentNames.of("bericht.pdf")).isEqualTo("bericht.pdf");
        assertThat(AttachmentNames.of("C:\\Users\\anna\\Desktop\\Bericht 2026.docx"))
                .isEqualTo("Bericht 2026.docx");
        assertThat(AttachmentNames.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentNames.of("  Über\u0000sicht\r\n.xlsx ")).isEqualTo("Übersicht.xlsx");
        assertThat(AttachmentNames.of("<img src=x onerror=alert(1)>.html"))
                .as("markup is text, escaped where it is shown")
                .isEqualTo("<img src=x onerror=alert(1)>.html");
    }

    @Test
    void noNameOrAVeryLongOneIsRefused() {
        for (String none : new String[] {null, "", "   ", "dir/", "..", "a/.."}) {
            assertThatThrownBy(() -> AttachmentNames.of(none))
                    .as(String.valueOf(none))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).messageKey())
                    .isEqualTo("error.attachment.nameMissing");
        }
        assertThat(AttachmentNames.of("a".repeat(251) + ".pdf")).hasSize(255);
        assertThatThrownBy(() -> AttachmentNames.of("a".repeat(252) + ".pdf"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("error.attachment.nameTooLong");
    }
}
