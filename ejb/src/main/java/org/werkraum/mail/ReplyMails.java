package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;

/**
 * Turns a reply to a notification mail into a comment by the person the mail was for, as if he had written it in
 * Werkraum: the same rules (he must still be able to read and comment), the same notifications. A reply that cannot
 * be one (a made-up or changed address, another sender, nothing but the quoted mail, a post gone) is answered by mail
 * with the reason and the sender's text; a mail written by a program is dropped without an answer.
 */
@ApplicationScoped
public class ReplyMails {

    /** What became of a mail. */
    public enum Outcome {
        COMMENTED,
        REFUSED,
        IGNORED,
        /** Another node took it first. */
        DUPLICATE
    }

    @Inject
    ReplyAddresses addresses;

    @Inject
    ReceivedReplies received;

    /** Acts on one mail from the reply mailbox, once across all nodes. */
    Outcome receive(InboundMail mail) {
        if (mail.automatic()) {
            return received.ignore(mail);
        }
        Optional<ReplyTarget> target = mail.recipients().stream()
                .map(addresses::target)
                .flatMap(Optional::stream)
                .findFirst();
        if (target.isEmpty()) {
            return received.refuse(mail, null, new Refusal(Refusal.Reason.TOKEN, null));
        }
        try {
            return received.comment(mail, target.get());
        } catch (Refusal refusal) {
            return received.refuse(mail, target.get(), refusal);
        } catch (NotFoundException e) {
            return received.refuse(mail, target.get(), new Refusal(Refusal.Reason.GONE, null));
        } catch (AccessDeniedException e) {
            return received.refuse(mail, target.get(), new Refusal(Refusal.Reason.DENIED, null));
        } catch (ConflictException e) {
            return received.refuse(mail, target.get(), new Refusal(Refusal.Reason.CLOSED, null));
        } catch (InvalidInputException e) {
            return received.refuse(mail, target.get(), new Refusal(Refusal.Reason.REFUSED, e.getMessage()));
        }
    }
}
