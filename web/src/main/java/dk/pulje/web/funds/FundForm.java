package dk.pulje.web.funds;

import dk.pulje.application.fund.ChangeFund;
import dk.pulje.application.fund.FundDetail;
import dk.pulje.application.fund.NewFund;
import dk.pulje.domain.model.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A fund's fields as the editor types them (WEB-INF/includes/fund-fields.xhtml), shared by the new fund on
 * {@code /funds/list.xhtml} and the fund's own page; it becomes a command only when the editor saves.
 */
public class FundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long funderId;
    private String name;
    private String shortName;
    private BigDecimal minimumShare;
    private Money threshold;
    private Money tolerance;
    private String source;

    /** The fund as it is saved, for its editor to start from. */
    static FundForm of(FundDetail fund) {
        FundForm form = new FundForm();
        form.funderId = fund.funderId();
        form.name = fund.name();
        form.shortName = fund.shortName();
        form.minimumShare = fund.ownFinancingMinimumShare();
        form.threshold = fund.ownFinancingThreshold();
        form.tolerance = fund.ownFinancingTolerance();
        form.source = fund.ownFinancingSource();
        return form;
    }

    NewFund toNewFund() {
        return new NewFund(funderId, name, shortName, minimumShare, threshold, tolerance, source);
    }

    ChangeFund toChange(FundDetail opened) {
        return new ChangeFund(opened.id(), opened.version(), funderId, name, shortName, minimumShare, threshold, tolerance,
                source);
    }

    public Long getFunderId() {
        return funderId;
    }

    public void setFunderId(Long funderId) {
        this.funderId = funderId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public BigDecimal getMinimumShare() {
        return minimumShare;
    }

    public void setMinimumShare(BigDecimal minimumShare) {
        this.minimumShare = minimumShare;
    }

    public Money getThreshold() {
        return threshold;
    }

    public void setThreshold(Money threshold) {
        this.threshold = threshold;
    }

    public Money getTolerance() {
        return tolerance;
    }

    public void setTolerance(Money tolerance) {
        this.tolerance = tolerance;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
