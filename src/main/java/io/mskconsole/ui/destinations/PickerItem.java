package io.mskconsole.ui.destinations;

/** One destination in the picker: its name and a short detail (retention and size, a bucket's region). */
public record PickerItem(String name, String detail) {
    @Override
    public String toString() {
        return detail.isEmpty() ? name : name + "  ·  " + detail;
    }
}
