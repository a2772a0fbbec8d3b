/**
 * The mail outbox: {@link it.cns.enrollment.application.mail.MailOutbox} stores a mail in the
 * caller's transaction ({@code MANDATORY}) and answers its state; after the commit a CDI event
 * sends it at once, and {@link it.cns.enrollment.application.mail.MailDispatcher}'s timer sends
 * whatever is still due; {@link it.cns.enrollment.application.mail.MailDelivery} sends one mail in
 * its own transaction, holding its row ({@code SKIP LOCKED}).
 *
 * <p>Package-private: the event {@code MailEnqueued} and its {@code AFTER_SUCCESS} observer {@code
 * MailEnqueuedObserver}. {@code MailDelivery} and {@code MailDispatcher} are EJBs and so public,
 * but only this package calls them.
 */
package it.cns.enrollment.application.mail;
