package com.leadbench.gui.leads;

/** One entry of a filter drop-down: its label and the value it filters by (null: no filter). */
record FilterChoice<T>(String label, T value) {

    @Override
    public String toString() {
        return label;
    }
}
