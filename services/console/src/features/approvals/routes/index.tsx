import { Route, Routes } from 'react-router';
import { BoardPage } from './board-page';
import { CalendarPage } from './calendar-page';
import { ItemPage } from './item-page';
import { QueuePage } from './queue-page';

/** The agent's workspace (代办员), loaded as one chunk. */
export function ApprovalsRoutes() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path="board" element={<BoardPage />} />
      <Route path="calendar" element={<CalendarPage />} />
      <Route path=":itemId" element={<ItemPage />} />
    </Routes>
  );
}
