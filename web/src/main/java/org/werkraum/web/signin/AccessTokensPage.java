package org.werkraum.web.signin;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.werkraum.signin.AccessTokenService;
import org.werkraum.signin.AccessTokenSummary;
import org.werkraum.signin.NewAccessToken;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /account/tokens}: the signed-in person's personal access tokens for API clients. A new token's secret is shown
 * once, right after it was made; the list never shows secrets.
 */
@Named
@ViewScoped
public class AccessTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choices of the expiry menu, in days. */
    static final List<Integer> EXPIRY_CHOICES = List.of(7, 30, 90, 365);

    @Inject
    AccessTokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private List<AccessTokenSummary> list = List.of();
    private String name;
    private Integer expiresInDays = 90;
    private String newSecret;
    private String newName;

    public void onLoad() {
        reload();
    }

    public void create() {
        NewAccessToken created = tokens.create(currentUser.caller(), name, expiresInDays);
        newSecret = created.secret();
        newName = created.token().name();
        name = null;
        messages.info("tokens.createdNew", newName);
        reload();
    }

    public void revoke(long id) {
        tokens.revoke(currentUser.caller(), id);
        messages.info("tokens.revoked");
        newSecret = null;
        reload();
    }

    private void reload() {
        list = tokens.list(currentUser.caller());
    }

    public List<AccessTokenSummary> getList() {
        return list;
    }

    /** 7, 30, 90 or 365 days, or no expiry. */
    public List<SelectItem> getExpiryChoices() {
        List<SelectItem> items = new ArrayList<>();
        EXPIRY_CHOICES.forEach(days -> items.add(new SelectItem(days, messages.text("tokens.days", days))));
        items.add(new SelectItem(null, messages.text("tokens.noExpiry")));
        return items;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getNewName() {
        return newName;
    }
}
