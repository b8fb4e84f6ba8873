package cn.certsift.jobs.clues;

import cn.certsift.common.clue.Screening;
import cn.certsift.common.clue.contact.Contact;
import cn.certsift.common.clue.listing.Listing;
import cn.certsift.common.clue.listing.ListingScreen;
import cn.certsift.common.clue.site.SiteScreen;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Stage: runs the domain's screens on every staged address and listing, one row per subject that some
 * rule fired on ({@link ClueColumns#SCREENED}), with when, where and from which line it was seen. The
 * rules live in common, free of Spark.
 */
public final class ScreenStage {

    private ScreenStage() {
    }

    public static Dataset<Row> sites(Dataset<Row> domains, SiteScreen screen) {
        return domains.flatMap(new ScreenSites(screen), Encoders.row(ClueColumns.SCREENED));
    }

    public static Dataset<Row> listings(Dataset<Row> listings, ListingScreen screen) {
        return listings.flatMap(new ScreenListings(screen), Encoders.row(ClueColumns.SCREENED));
    }

    private static Iterator<Row> screened(Optional<Screening> screening, Row staged, String originColumn) {
        if (screening.isEmpty() || screening.get().hits().isEmpty()) {
            return Collections.emptyIterator();
        }
        Screening s = screening.get();
        String[] contacts = s.contacts().stream().map(Contact::key).toArray(String[]::new);
        return List.of(RowFactory.create(s.clueId(), s.kind().name(), s.subject(), s.score(), s.evidence(), contacts,
                staged.getAs("seen_on"), staged.getAs(originColumn), staged.getAs("source_file"), staged.getAs("source_line")))
                .iterator();
    }

    private record ScreenSites(SiteScreen screen) implements FlatMapFunction<Row, Row> {

        @Override
        public Iterator<Row> call(Row domain) {
            return screened(screen.screen(domain.getAs("url"), domain.<String>getAs("remark")), domain, "origin");
        }
    }

    private record ScreenListings(ListingScreen screen) implements FlatMapFunction<Row, Row> {

        @Override
        public Iterator<Row> call(Row listing) {
            Screening screening = screen.screen(new Listing(listing.getAs("link"), listing.getAs("platform"), listing.getAs("title"),
                    listing.getAs("body"), listing.getAs("seller"), listing.getAs("contact")));
            return screened(Optional.of(screening), listing, "platform");
        }
    }
}
