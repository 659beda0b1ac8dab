package org.werkraum.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The gathering writer of {@link BufferedPages}: everything arrives, in order, and a dropped buffer never arrives. */
class BufferedPagesTest {

    @Test
    void smallPiecesArriveTogetherAndInOrder() throws IOException {
        StringWriter container = new StringWriter();
        BufferedPages.Gathering gathering = new BufferedPages.Gathering(container);
        gathering.write("<p class=\"a\">");
        gathering.write('x');
        gathering.write("Grüße</p>".toCharArray(), 0, 9);
        assertThat(container.toString()).as("nothing handed on before the end").isEmpty();
        gathering.handOn();
        assertThat(container.toString()).isEqualTo("<p class=\"a\">xGrüße</p>");
    }

    @Test
    void piecesLargerThanTheBufferAndAcrossItsEndKeepTheirOrder() throws IOException {
        StringWriter container = new StringWriter();
        BufferedPages.Gathering gathering = new BufferedPages.Gathering(container);
        String nearlyFull = "a".repeat(BufferedPages.SIZE - 3);
        String huge = "b".repeat(BufferedPages.SIZE + 10);
        gathering.write(nearlyFull);
        gathering.write("cdefg");
        gathering.write(huge);
        gathering.write("h");
        gathering.flush();
        assertThat(container.toString()).isEqualTo(nearlyFull + "cdefg" + huge + "h");
    }

    @Test
    void whatIsDroppedNeverArrives() throws IOException {
        StringWriter container = new StringWriter();
        BufferedPages.Gathering gathering = new BufferedPages.Gathering(container);
        gathering.write("half a page, then a redirect");
        gathering.drop();
        gathering.write("the error page");
        gathering.close();
        assertThat(container.toString()).isEqualTo("the error page");
    }
}
