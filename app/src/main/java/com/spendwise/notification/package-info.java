/**
 * Notifications. Owns the notifications table; other modules call {@link
 * com.spendwise.notification.NotificationService#send} inside their own database transaction.
 */
package com.spendwise.notification;
