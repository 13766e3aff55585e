import { DateInput, maxLength, maxValue, minLength, minValue, NumberInput, required, TextInput } from 'react-admin';
import { maxDecimals } from '../shared/decimals';
import { PlaceInput } from '../shared/PlaceInput';

/** Residential floor area is part of the total (the database's estate_residential_area_check). */
const notOverTotal = (value: number, values: { totalFloorArea?: number }) =>
  value != null && values.totalFloorArea != null && Number(value) > Number(values.totalFloorArea)
    ? { message: 'wuye.rules.RANGE_MAX_OF_totalFloorArea', args: { max: values.totalFloorArea } }
    : undefined;

/** The fields of an estate, shared by create and edit; the community is chosen district → subdistrict → community. */
export function EstateInputs() {
  return (
    <>
      <PlaceInput source="districtId" reference="districts" validate={required()} />
      <PlaceInput source="subdistrictId" reference="subdistricts" parentSource="districtId" validate={required()} />
      <PlaceInput source="communityId" reference="communities" parentSource="subdistrictId" validate={required()} />
      <TextInput source="name" validate={[required(), minLength(2), maxLength(60)]} />
      <TextInput source="address" validate={[required(), minLength(2), maxLength(200)]} fullWidth />
      <NumberInput source="totalFloorArea" step={0.01} validate={[required(), minValue(0), maxDecimals(2)]} />
      <NumberInput source="residentialFloorArea" step={0.01} validate={[required(), minValue(0), maxDecimals(2), notOverTotal]} />
      <NumberInput source="households" step={1} validate={[required(), minValue(0), maxValue(100000)]} />
      <NumberInput source="buildings" step={1} validate={[required(), minValue(0), maxValue(1000)]} />
      <NumberInput source="elevators" step={1} defaultValue={0} validate={[minValue(0), maxValue(5000)]} />
      <DateInput source="deliveredOn" />
    </>
  );
}
