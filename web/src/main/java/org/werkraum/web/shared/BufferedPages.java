package org.werkraum.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Pages write their HTML in thousands of small pieces (a tag, an attribute, an escaped text), and Undertow's writer
 * encodes every piece to bytes on its own: a fifth of the home page's CPU went there (JFR, bench/RESULTS.md). Here the
 * page's characters are gathered and handed on {@value #SIZE} at a time. What is gathered and not yet handed on is
 * dropped with the response's buffer (a redirect, an error page), as the container drops its own.
 */
@WebFilter(
        servletNames = "Faces Servlet",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class BufferedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Characters gathered before they go on: a page of average size in one piece. */
    static final int SIZE = 32 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof Buffered) {
            // forwarded within a request already buffered
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        buffered.handOn();
    }

    /** The response with a gathering writer; its output stream (resources, files) is the container's own. */
    static final class Buffered extends HttpServletResponseWrapper {

        private Gathering gathering;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                gathering = new Gathering(super.getWriter());
                writer = new PrintWriter(gathering, false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            handOn();
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            drop();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            drop();
            super.reset();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            drop();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            drop();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            drop();
            super.sendError(status);
        }

        /** What was gathered goes to the container's writer. */
        void handOn() throws IOException {
            if (gathering != null) {
                gathering.handOn();
            }
        }

        private void drop() {
            if (gathering != null) {
                gathering.drop();
            }
        }
    }

    /** A writer that keeps up to {@link #SIZE} characters before it writes them on in one piece. */
    static final class Gathering extends Writer {

        private final Writer target;
        private final char[] chars = new char[SIZE];
        private int used;

        Gathering(Writer target) {
            this.target = target;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == SIZE) {
                handOn();
            }
            chars[used++] = (char) c;
        }

        @Override
        public void write(char[] source, int offset, int length) throws IOException {
            if (length > SIZE - used) {
                handOn();
                if (length > SIZE) {
                    target.write(source, offset, length);
                    return;
                }
            }
            System.arraycopy(source, offset, chars, used, length);
            used += length;
        }

        @Override
        public void write(String source, int offset, int length) throws IOException {
            if (length > SIZE - used) {
                handOn();
                if (length > SIZE) {
                    target.write(source, offset, length);
                    return;
                }
            }
            source.getChars(offset, offset + length, chars, used);
            used += length;
        }

        /** Hands on what was gathered and flushes the container's writer (which commits the response). */
        @Override
        public void flush() throws IOException {
            handOn();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            handOn();
            target.close();
        }

        void handOn() throws IOException {
            if (used > 0) {
                target.write(chars, 0, used);
                used = 0;
            }
        }

        void drop() {
            used = 0;
        }
    }
}
