/**
 * Open data (issue 12, docs/adr/0016): a round's or a fund's grants published as a 360Giving package (JSON and the
 * flattened CSV) and as IATI 2.03 activities.
 * <p>
 * {@link dk.pulje.application.opendata.OpenDataService} reads what is published in a fixed number of native statements
 * ({@link dk.pulje.application.opendata.OpenDataQueries}) over the caller's portfolio; the writers are pure:
 * {@link dk.pulje.application.opendata.GivingPackage} maps each grant to 360Giving and leaves out, with its reasons, a
 * grant that {@link dk.pulje.application.opendata.GivingQualityCheck} finds wanting (the checks of 360Giving's
 * data-quality tool that apply); {@link dk.pulje.application.opendata.GivingFlatCsv} flattens the same grants under the
 * standard's column titles; {@link dk.pulje.application.opendata.IatiActivities} writes the same grants as IATI
 * activities with StAX, in the order the XSD demands. Identifiers are made in one place,
 * {@link dk.pulje.application.opendata.OpenDataIds}.
 */
package dk.pulje.application.opendata;
