package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.werkraum.notification.NotificationKind;
import org.werkraum.people.Person;
import org.werkraum.security.Caller;
import org.werkraum.shared.InvalidInputException;

/**
 * What each person wants by mail, and in which language. A kind he never chose goes by {@link
 * Frequency#defaultFor}; the language he never chose is the company's ({@code werkraum.mail.language}, German by
 * default).
 */
@ApplicationScoped
@Transactional
public class MailPreferences {

    /** The languages mail is written in. */
    public static final Set<String> LANGUAGES = Set.of("de", "en");

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    MailTokens tokens;

    /** The caller's settings, every kind with its frequency, in the order of the kinds. */
    public MailSettings settings(Caller caller) {
        return new MailSettings(languageOf(em.find(Person.class, caller.personId())), frequencies(caller.personId()));
    }

    /** Changes the caller's settings: the kinds named, and the language when given. */
    public MailSettings change(Caller caller, MailSettings settings) {
        if (settings.language() != null && !LANGUAGES.contains(settings.language())) {
            throw new InvalidInputException(
                    "language", "error.mail.language", "mail is written in German (de) or English (en)");
        }
        if (settings.language() != null) {
            em.find(Person.class, caller.personId()).language(settings.language());
        }
        if (settings.frequencies() != null) {
            settings.frequencies().forEach((kind, frequency) -> {
                if (kind == null || frequency == null) {
                    throw new InvalidInputException(
                            "frequencies",
                            "error.mail.frequency",
                            "every kind needs one of IMMEDIATELY, DAILY, WEEKLY and OFF");
                }
                set(caller.personId(), kind, frequency);
            });
        }
        em.flush();
        return settings(caller);
    }

    /** How often a person gets a kind by mail. */
    public Frequency frequency(long personId, NotificationKind kind) {
        return frequencies(personId).get(kind);
    }

    /** The kinds a person gets at a frequency. */
    public Set<NotificationKind> kindsAt(long personId, Frequency frequency) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        frequencies(personId).forEach((kind, chosen) -> {
            if (chosen == frequency) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /** Every kind with its frequency for a person, his choice or the default, in one statement. */
    Map<NotificationKind, Frequency> frequencies(long personId) {
        Map<NotificationKind, Frequency> frequencies = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            frequencies.put(kind, Frequency.defaultFor(kind));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, frequency from mail_preference where person_id = ?1")
                .setParameter(1, personId)
                .getResultList();
        for (Object[] row : rows) {
            frequencies.put(NotificationKind.valueOf((String) row[0]), Frequency.valueOf((String) row[1]));
        }
        return frequencies;
    }

    /**
     * What a mail's unsubscribe token stops, without stopping it (the page that asks first); nothing for a token that
     * is not one of ours or whose person is gone.
     */
    public Optional<Unsubscription> unsubscription(String token) {
        Optional<String> payload = tokens.verify(token);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = payload.get().split(":");
        if (parts.length != 3 || !(parts[0].equals("u") || parts[0].equals("d"))) {
            return Optional.empty();
        }
        long personId;
        try {
            personId = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Person person = em.find(Person.class, personId);
        if (person == null || !person.active()) {
            return Optional.empty();
        }
        try {
            if (parts[0].equals("u")) {
                return Optional.of(new Unsubscription(
                        personId, person.displayName(), Set.of(NotificationKind.valueOf(parts[2])), null));
            }
            Frequency digest = Frequency.valueOf(parts[2]);
            return Optional.of(new Unsubscription(personId, person.displayName(), kindsAt(personId, digest), digest));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stops what the token stops: its kinds come by mail no more. */
    public Optional<Unsubscription> unsubscribe(String token) {
        Optional<Unsubscription> stopped = unsubscription(token);
        stopped.ifPresent(what -> what.kinds().forEach(kind -> set(what.personId(), kind, Frequency.OFF)));
        return stopped;
    }

    /** The language of a person's mail. */
    static String languageOf(Person person) {
        return person.language() != null ? person.language() : companyLanguage();
    }

    static String companyLanguage() {
        String configured = System.getProperty("werkraum.mail.language", "de");
        return LANGUAGES.contains(configured) ? configured : "de";
    }

    private void set(long personId, NotificationKind kind, Frequency frequency) {
        em.createNativeQuery("insert into mail_preference (person_id, kind, frequency) values (?1, ?2, ?3)"
                        + " on conflict (person_id, kind) do update set frequency = excluded.frequency")
                .setParameter(1, personId)
                .setParameter(2, kind.name())
                .setParameter(3, frequency.name())
                .executeUpdate();
    }
}
