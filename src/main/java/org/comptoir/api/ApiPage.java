package org.comptoir.api;

import java.util.List;
import org.springframework.data.domain.Slice;

/**
 * A page of a list: its items, which page of what size, and whether another follows (ask for {@code page + 1}).
 * No total: counting the whole history on every page is what a slice avoids.
 */
record ApiPage<T>(List<T> items, int page, int size, boolean hasNext) {

    static <T> ApiPage<T> of(Slice<T> slice) {
        return new ApiPage<>(slice.getContent(), slice.getNumber(), slice.getSize(), slice.hasNext());
    }
}
