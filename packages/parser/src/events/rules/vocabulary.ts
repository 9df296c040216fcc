// Word lists that several rules share, written once and referred to by name (`${property}` in a
// pattern). A list used by one rule alone stays beside that rule.
import { oneOf } from "../../text/pattern.js";

/** What is destroyed, burned, looted or seized in a report of property destruction. */
export const property = oneOf`
  houses?
  homes?
  vehicles?
  trucks?
  cars?
  buses?
  buildings?
  shops?
  stores?
  schools?
  offices?
  churches?
  mosques?
  property
  properties
  machinery
  equipment
  crops?
  farms?
  huts?
  market
  stalls?
  facilities
  warehouses?
  plantations?
  premises
  dwellings?
  shelters?
  tents?
  kiosks?
  antennas?
  towers?
  pylons?
  bridges?
  motorcycles?
  tricycles?
  hideouts?
  camps?
  trees
  sheds?
  containers?
  installations?
  poles?
  clinics?
  butcher(?:y|ies)
  businesses
  factories
  factory
  classrooms?
  settlements?
  branch(?:es)?
`;

/** Words before "shot" that make it a figure of speech: "his best shot", "a penalty shot". */
export const shotFigures = oneOf`
  best
  good
  big
  long
  parting
  first
  title
  free
  penalty
`;
