package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;

/** The key that signs mail tokens: made once, by the first node that needs it, in a transaction of its own. */
@ApplicationScoped
public class MailKey {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] loadOrCreate() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery("insert into mail_key (id, secret) values (1, ?1) on conflict (id) do nothing")
                .setParameter(1, fresh)
                .executeUpdate();
        return (byte[])
                em.createNativeQuery("select secret from mail_key where id = 1").getSingleResult();
    }
}
