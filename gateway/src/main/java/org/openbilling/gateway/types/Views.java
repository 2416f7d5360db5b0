package org.openbilling.gateway.types;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.openbilling.contract.Coverages;
import org.openbilling.contract.Parties;
import org.openbilling.domain.encounter.CoveragePosition;

/** Small GraphQL object types shared by encounters and claims. Money is a two-decimal string, as in REST. */
public final class Views {
    private Views() {
    }

    /**
     * A connection's size field: the edges of this page. A total of the whole list would cost reading all of it
     * (every page of the index), which a page must not.
     */
    static final String EDGE_COUNT = "The number of edges on this page (at most first); not the size of the whole list.";
    static final String COUNT = "The number of edges on this page, not a total.";
    static final String COUNT_DEPRECATED = "read edgeCount: the same number under a name that does not promise a total";
    /** {@code coverage} and {@code secondaryCoverage}, in and out: kept until the next release. */
    static final String COVERAGE_DEPRECATED = "use coverages (in payment order); removed in the next release";

    public static <T, R> List<R> each(List<T> list, Function<T, R> view) {
        return list == null ? List.of() : list.stream().map(view).toList();
    }

    @Name("Address")
    public record AddressView(String line1, String line2, String city, String state, String postalCode) {
        static AddressView of(Parties.Address a) {
            return a == null ? null : new AddressView(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
        }
    }

    @Name("Person")
    public record PersonView(String id, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                             AddressView address) {
        static PersonView of(Parties.Person p) {
            return p == null ? null : new PersonView(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(),
                    p.sex(), AddressView.of(p.address()));
        }
    }

    @Name("Coverage")
    public record CoverageView(String payerId, String payerName, String memberId, String groupNumber,
                               String filingIndicator, String relationship, PersonView subscriber,
                               @Description("PRIMARY, SECONDARY or TERTIARY: the order in which the payers pay")
                               String position,
                               @Description(Coverages.MEDICARE_SECONDARY_TYPE)
                               String medicareSecondaryType) {
        /** The coverages of a visit in payment order, each with its position. */
        static List<CoverageView> of(List<Parties.Coverage> coverages) {
            List<CoverageView> out = new java.util.ArrayList<>(coverages.size());
            for (int i = 0; i < coverages.size(); i++) {
                out.add(of(coverages.get(i), CoveragePosition.of(i)));
            }
            return out;
        }

        static CoverageView of(Parties.Coverage c, CoveragePosition position) {
            return c == null ? null : new CoverageView(c.payerId(), c.payerName(), c.memberId(), c.groupNumber(),
                    c.filingIndicator(), c.relationship(), PersonView.of(c.subscriber()), position.name(),
                    c.medicareSecondaryType());
        }
    }

    @Name("BillingProvider")
    public record BillingProviderView(String npi, String taxId, String organizationName, String taxonomyCode,
                                      AddressView address) {
        static BillingProviderView of(Parties.BillingProvider b) {
            return b == null ? null : new BillingProviderView(b.npi(), b.taxId(), b.organizationName(),
                    b.taxonomyCode(), AddressView.of(b.address()));
        }
    }

    @Name("Provider")
    public record ProviderView(String npi, String firstName, String lastName, String taxonomyCode) {
        static ProviderView of(Parties.Provider p) {
            return p == null ? null : new ProviderView(p.npi(), p.firstName(), p.lastName(), p.taxonomyCode());
        }
    }

    @Name("PageInfo")
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /** Limits a page size to the contract's bounds: default 20, at most 100. */
    public static int first(Integer first) {
        int n = first == null ? 20 : first;
        if (n < 1 || n > 100) {
            throw new org.openbilling.gateway.GatewayError("first-out-of-range", "first", "first is from 1 to 100");
        }
        return n;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
