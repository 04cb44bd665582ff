/**
 * The web app's pages (server-rendered with Thymeleaf, templates under templates/ui). Owns no
 * table: every page calls the same public services as the REST API and shows their rule violations
 * next to the fields that caused them.
 */
package com.spendwise.ui;
