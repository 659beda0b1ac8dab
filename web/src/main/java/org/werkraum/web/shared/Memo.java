package org.werkraum.web.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * {@code <wr:memo of="#{bean.shown}">…</wr:memo>}: markup that is rendered once for what it shows and then given again,
 * without building or rendering its components, for as long as what it shows is equal. A page that shows the same
 * thing to many readers (a wiki page's text, its breadcrumbs and backlinks) asks the database what is there now, as
 * always, and pays for its components only when that changed. Nothing is invalidated, so nothing can be forgotten: the
 * markup is found by the value itself, with the view, the place in it and the language.
 *
 * <p>What {@code of} names must be a value (records, lists, strings: equal when they show the same) holding
 * everything the content reads besides messages, addresses and formats of the view's language; a view that keeps no
 * state ({@code transient}) only, and its forms stay outside (their view state is written at the end of the
 * response): content with a form is never kept. A post back builds the content as it is. Each node keeps its own
 * markup in memory, each piece weighed at twice its length (what it was made from is about as long) and
 * {@value #MAX_WEIGHT} in all, the least recently used going first.
 */
public final class Memo extends TagHandler {

    private static final Logger LOG = Logger.getLogger(Memo.class.getName());

    /** The weight of all markup kept: each piece counts twice its length in characters. */
    static final long MAX_WEIGHT = 32L * 1024 * 1024;

    /** Larger markup is rendered every time: a few huge pages would push out everything else. */
    static final int MAX_MARKUP = 1024 * 1024;

    private static final Cache<Slot, String> MARKUP = Caffeine.newBuilder()
            .maximumWeight(MAX_WEIGHT)
            .weigher((Slot slot, String markup) -> 2 * markup.length())
            .executor(Runnable::run)
            .build();

    /** Where markup is given and what it showed: the view, the tag in it, the language and the value. */
    record Slot(String viewId, String tagId, Locale locale, Object shown) {}

    private final TagAttribute of;

    public Memo(TagConfig config) {
        super(config);
        of = getRequiredAttribute("of");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) throws IOException {
        FacesContext faces = context.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        Object shown = of.getObject(context);
        if (shown == null || faces.isPostback() || view == null || !view.isTransient()) {
            nextHandler.apply(context, parent);
            return;
        }
        Slot slot = new Slot(view.getViewId(), tagId, view.getLocale(), shown);
        String markup = MARKUP.getIfPresent(slot);
        UIComponent memo = markup != null ? new Replay(markup) : new Capture(slot);
        memo.setId(view.createUniqueId(faces, context.generateUniqueId(tagId)));
        parent.getChildren().add(memo);
        if (markup == null) {
            nextHandler.apply(context, memo);
        }
    }

    /** The content rendered into a buffer, given to the response and kept. */
    static final class Capture extends UIComponentBase {

        private final Slot slot;

        Capture(Slot slot) {
            this.slot = slot;
        }

        @Override
        public String getFamily() {
            return "org.werkraum.Memo";
        }

        @Override
        public boolean getRendersChildren() {
            return true;
        }

        @Override
        public void encodeChildren(FacesContext context) throws IOException {
            ResponseWriter response = context.getResponseWriter();
            response.write(""); // closes a start tag the response may hold open before the buffer takes over
            StringWriter buffer = new StringWriter(8192);
            context.setResponseWriter(response.cloneWithWriter(buffer));
            try {
                for (UIComponent child : getChildren()) {
                    child.encodeAll(context);
                }
            } finally {
                context.setResponseWriter(response);
            }
            String markup = buffer.toString();
            response.write(markup);
            if (markup.length() > MAX_MARKUP) {
                return;
            }
            if (containsForm(this)) {
                LOG.warning(() -> "not kept: content of a memo in " + slot.viewId() + " holds a form");
                return;
            }
            MARKUP.put(slot, markup);
        }

        private static boolean containsForm(UIComponent component) {
            for (UIComponent child : component.getChildren()) {
                if ((child instanceof UIForm && child.isRendered()) || containsForm(child)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Kept markup, given as it is. */
    static final class Replay extends UIComponentBase {

        private final String markup;

        Replay(String markup) {
            this.markup = markup;
        }

        @Override
        public String getFamily() {
            return "org.werkraum.Memo";
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            context.getResponseWriter().write(markup);
        }
    }
}
