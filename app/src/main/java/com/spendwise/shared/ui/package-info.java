/**
 * What every module's pages share: the one money and date format, amounts read as a language writes
 * them, form errors and their messages, the form's version, and the pages for a missing item or a
 * refusal. Published to the modules' ui packages as the named interface "ui".
 */
@org.springframework.modulith.NamedInterface("ui")
package com.spendwise.shared.ui;
