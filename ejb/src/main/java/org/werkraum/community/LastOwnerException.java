package org.werkraum.community;

import org.werkraum.shared.ConflictException;

/** A community must keep at least one owner. */
public class LastOwnerException extends ConflictException {

    public LastOwnerException(String communityName) {
        super(
                "error.community.lastOwner",
                "the last owner cannot leave " + communityName + "; make someone else owner first",
                communityName);
    }
}
