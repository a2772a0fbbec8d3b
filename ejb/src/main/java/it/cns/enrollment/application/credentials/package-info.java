/**
 * Logins with a password, and the credentials behind them: the citizen's traditional login (CF,
 * password and PIN) and password change ({@link
 * it.cns.enrollment.application.credentials.TraditionalLoginService}), the operator's intranet
 * login and password change ({@link
 * it.cns.enrollment.application.credentials.OperatorLoginService}), and the citizen's personal
 * area: the account, its bound cards, the state of its credentials, and unbinding a card ({@link
 * it.cns.enrollment.application.credentials.PersonalAreaService}).
 *
 * <p>Package-private: {@code NewPassword}, the checked, hashed and wiped new password both logins
 * share. {@link it.cns.enrollment.application.credentials.CredentialStatusReader} is public because
 * the counter's card lookup shows the same state.
 */
package it.cns.enrollment.application.credentials;
