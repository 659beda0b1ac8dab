package org.werkraum.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.werkraum.platform.Passwords;

/**
 * Checks logins against the person table: salted PBKDF2 hashes as {@link Passwords} writes them; a person's roles
 * are his groups. Inactive people and people without a password cannot sign in.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/WerkraumDS",
        callerQuery = "select password_hash from person where login = ? and active and password_hash is not null",
        groupsQuery = "select r.role from person_role r join person p on p.id = r.person_id where p.login = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {Passwords.ITERATIONS, Passwords.ALGORITHM, Passwords.SALT_SIZE})
public class IdentityStoreConfiguration {}
