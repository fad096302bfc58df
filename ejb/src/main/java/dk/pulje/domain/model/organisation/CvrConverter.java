package dk.pulje.domain.model.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Cvr} as its eight digits. */
@Converter(autoApply = true)
public class CvrConverter implements AttributeConverter<Cvr, String> {

    @Override
    public String convertToDatabaseColumn(Cvr cvr) {
        return cvr == null ? null : cvr.digits();
    }

    @Override
    public Cvr convertToEntityAttribute(String digits) {
        return digits == null ? null : new Cvr(digits);
    }
}
