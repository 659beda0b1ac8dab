package org.werkraum.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.werkraum.mail.Frequency;
import org.werkraum.mail.MailPreferences;
import org.werkraum.mail.MailSettings;
import org.werkraum.mail.ReplyAddresses;
import org.werkraum.notification.NotificationKind;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/** {@code /settings/mail}: per kind of notification how often it comes by mail, and the language of the mails. */
@Named
@ViewScoped
public class MailSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailPreferences preferences;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    ReplyAddresses replies;

    private String language;
    /** Per kind's name, the frequency's name: what the selects edit. */
    private final Map<String, String> frequencies = new LinkedHashMap<>();

    public void onLoad() {
        MailSettings settings = preferences.settings(currentUser.caller());
        language = settings.language();
        settings.frequencies().forEach((kind, frequency) -> frequencies.put(kind.name(), frequency.name()));
    }

    public String save() {
        Map<NotificationKind, Frequency> chosen = new EnumMap<>(NotificationKind.class);
        frequencies.forEach(
                (kind, frequency) -> chosen.put(NotificationKind.valueOf(kind), Frequency.valueOf(frequency)));
        preferences.change(currentUser.caller(), new MailSettings(language, chosen));
        messages.flashInfo("mailSettings.saved");
        return "/mail/settings?faces-redirect=true";
    }

    /** Whether mails about mentions, comments and replies can be answered by mail (a reply address is set). */
    public boolean isRepliesByMail() {
        return replies.enabled();
    }

    public List<NotificationKind> getKinds() {
        return List.of(NotificationKind.values());
    }

    public List<Frequency> getChoices() {
        return List.of(Frequency.values());
    }

    public Map<String, String> getFrequencies() {
        return frequencies;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
