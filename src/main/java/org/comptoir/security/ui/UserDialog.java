package org.comptoir.security.ui;

import java.util.List;
import java.util.function.Consumer;
import org.comptoir.base.ui.FormDialog;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.UserDraft;
import org.comptoir.security.UserService;
import org.comptoir.security.UserSummary;
import org.jspecify.annotations.Nullable;

/**
 * Creates a user or edits one. Stays open with everything typed when the save is refused.
 */
class UserDialog extends FormDialog<UserDraft, UserSummary> {

    final UserForm form;

    UserDialog(
            @Nullable UserSummary existing, List<DeskOption> desks, UserService users, Consumer<UserSummary> onSaved) {
        this(new UserForm(existing, desks), existing, users, onSaved);
    }

    private UserDialog(
            UserForm form, @Nullable UserSummary existing, UserService users, Consumer<UserSummary> onSaved) {
        super(form, form::draft, form::show, users::save, onSaved, "users.conflict");
        this.form = form;
        setHeaderTitle(
                existing == null ? getTranslation("users.new") : getTranslation("users.edit", existing.username()));
        setWidth("40em");
    }
}
