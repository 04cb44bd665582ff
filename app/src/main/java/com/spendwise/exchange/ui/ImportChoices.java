package com.spendwise.exchange.ui;

/**
 * What the import pages ask besides the columns: skip the rows with problems, create the categories
 * the file names, and a name to save the columns under for the bank's next statement.
 */
record ImportChoices(Boolean skipInvalid, Boolean createCategories, String saveAs) {

  static final ImportChoices NONE = new ImportChoices(false, false, null);

  public boolean skipping() {
    return Boolean.TRUE.equals(skipInvalid);
  }

  public boolean creating() {
    return Boolean.TRUE.equals(createCategories);
  }
}
