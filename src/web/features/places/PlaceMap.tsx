import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { MapConfigT, PlaceT } from '../../types';

type Props = { places: PlaceT[]; map: MapConfigT };

/**
 * The places with coordinates on a Leaflet map. Tiles only when configured; without them the markers
 * stand on a plain background. Popups are built from text nodes (never HTML from the data).
 */
export default function PlaceMap({ places, map }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const located = places.filter((p) => p.latitude !== null && p.longitude !== null);
  const key = located.map((p) => `${p.id}:${p.latitude}:${p.longitude}`).join('|');
  useEffect(() => {
    if (!ref.current) return;
    const m = L.map(ref.current, { center: map.center, zoom: map.zoom, attributionControl: Boolean(map.attribution), zoomControl: true });
    if (map.tileUrl) L.tileLayer(map.tileUrl, { attribution: map.attribution ?? undefined, maxZoom: 19 }).addTo(m);
    if (map.attribution) m.attributionControl.setPrefix(false);
    const icon = L.divIcon({ className: 'place-marker', iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -10] });
    const markers = located.map((p) => {
      const popup = document.createElement('div');
      const name = document.createElement('strong');
      name.textContent = p.name;
      const type = document.createElement('div');
      type.textContent = t(`places.types.${p.type}`);
      popup.append(name, type);
      if (p.address) {
        const address = document.createElement('div');
        address.textContent = p.address;
        popup.append(address);
      }
      return L.marker([p.latitude!, p.longitude!], { icon, title: p.name, alt: p.name, keyboard: true }).bindPopup(popup).addTo(m);
    });
    if (markers.length > 1) m.fitBounds(L.featureGroup(markers).getBounds().pad(0.2));
    else if (markers.length === 1) m.setView(markers[0].getLatLng(), Math.max(map.zoom, 15));
    return () => {
      m.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, map.tileUrl, map.attribution, map.center[0], map.center[1], map.zoom, t]);
  return (
    <figure className="place-map-figure">
      <div ref={ref} className={`place-map ${map.tileUrl ? '' : 'place-map-plain'}`} role="region" aria-label={t('places.map.label')} />
      <figcaption className="muted">
        {map.tileUrl ? t('places.map.caption', { count: located.length }) : t('places.map.noTiles', { count: located.length })}
      </figcaption>
    </figure>
  );
}
