package org.werkraum.blog;

import org.werkraum.people.PersonSummary;
import org.werkraum.shared.Page;

/** A person's blog: whose it is, and a page of its published posts, newest first. */
public record BlogHome(PersonSummary owner, Page<PostSummary> posts) {}
